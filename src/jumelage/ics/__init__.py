"""Calendar exchange (.ics) with icalendar 7: export for partner towns and import of what they
send back. Domain objects in, bytes out, and the other way round; nothing else leaks out.

Empty until the calendar-exchange issue lands; the layer exists so the architecture contracts
already hold it to its place (it may import the domain only).
"""
