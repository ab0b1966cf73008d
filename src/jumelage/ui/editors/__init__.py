"""Record editors: windows that edit one mission, follow-up, partnership, town or person."""
