"""Bytes → a tree of components and content lines (RFC 5545 section 3.1), defensively.

Real files break the rules in known ways, and each is handled here once:

* a UTF-8 byte-order mark; UTF-16 with its mark (old Outlook); LF or bare CR line ends;
* folds that split a multi-octet UTF-8 character: lines are unfolded on the bytes, before
  decoding, so the character comes back whole;
* text that is not UTF-8: read as Windows-1252 (what such files nearly always are), or with
  the broken bytes replaced when the file is UTF-8 apart from them; either way, with a note;
* long unfolded lines (legal to read); a continuation line that lost its leading space (it is
  joined to the line before, with a note);
* quoted parameter values holding ``:``, ``;`` or ``,`` (Outlook's ``TZID="..., ..."``);
* components left open at the end of a truncated file (the complete ones are kept), END lines
  that close the wrong component.

What cannot be read raises a typed :mod:`~jumelage.ics.errors` error naming the line: a file
too large, NUL bytes, no VCALENDAR, a line whose parameters are broken, too many components,
nesting too deep.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from jumelage.domain.errors import DomainWarning
from jumelage.ics import errors, limits

#: One content line's property: (NAME in upper case, parameters, raw value).
Prop = tuple[str, dict[str, str], str]

_NAME = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?\Z")
# A parameter value is quoted, or a run without ``";:,``; Apple escapes ``\;`` inside one.
_PARAM = re.compile(
    r';([A-Za-z0-9-]+)(?:=((?:"[^"]*"|(?:\\.|[^";:,\\])*)(?:,(?:"[^"]*"|(?:\\.|[^";:,\\])*))*))?'
)
#: Properties Jumelage reads: a broken line of one of these refuses the file; any other
#: broken line (an X- property, an ATTENDEE) is left out with a note.
USED = frozenset(
    {
        "BEGIN", "END", "UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE",
        "RDATE", "EXDATE", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE",
        "DTSTAMP", "LAST-MODIFIED", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "X-LIC-LOCATION",
        "METHOD", "NAME", "X-WR-CALNAME", "X-WR-TIMEZONE", "PRODID",
    }
)  # fmt: skip
_NO_PARAMS: dict[str, str] = {}


@dataclass(slots=True)
class Component:
    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    #: Index of its BEGIN and END line in :attr:`Lexed.lines` (for the raw text).
    first: int = 0
    last: int = 0

    def get(self, name: str) -> Prop | None:
        for prop in self.props:
            if prop[0] == name:
                return prop
        return None


@dataclass
class Lexed:
    calendars: list[Component]
    lines: list[str]
    notes: list[DomainWarning]
    #: Physical line number of each logical line (folded lines count once, first line).
    numbers: list[int] | None = None

    def raw(self, component: Component) -> str:
        """The component as unfolded text, long lines left out, at most ``MAX_RAW``."""
        kept, size = [], 0
        for line in self.lines[component.first : component.last + 1]:
            if len(line) > limits.MAX_RAW_LINE or size + len(line) > limits.MAX_RAW:
                continue
            kept.append(line)
            size += len(line) + 2
        return "\r\n".join(kept)


def _decode(data: bytes, source: str, notes: list[DomainWarning], numbers: list[int] | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        index = data.count(b"\n", 0, error.start)
        line = numbers[index] if numbers is not None and index < len(numbers) else index + 1
    # UTF-8 with a few broken bytes, or another encoding altogether?
    utf8_pairs = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]", data))
    if utf8_pairs:
        notes.append(DomainWarning("ics.bad-utf8", source, str(line)))
        return data.decode("utf-8", "replace")
    notes.append(DomainWarning("ics.cp1252", source, str(line)))
    return data.decode("cp1252", "replace")


def _split_params(line: str) -> tuple[str, dict[str, str], str] | None:
    """``(name, parameters, value)`` of a line with parameters; ``None`` if they are broken."""
    semi = line.index(";")
    params: dict[str, str] = {}
    position = semi
    while position < len(line) and line[position] == ";":
        match = _PARAM.match(line, position)
        if match is None:
            return None
        value = match.group(2) or ""
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"' and value.count('"') == 2:
            value = value[1:-1]
        params.setdefault(match.group(1).upper(), value)
        position = match.end()
    if position >= len(line) or line[position] != ":":
        return None
    return line[:semi], params, line[position + 1 :]


def lex(data: bytes, source: str) -> Lexed:
    """Read ``data`` (the whole file) into components; raise for what cannot be read."""
    if len(data) > limits.MAX_BYTES:
        raise errors.CalendarTooLarge(source=source, size=len(data), limit=limits.MAX_BYTES)
    notes: list[DomainWarning] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16", "replace").encode("utf-8")
    elif data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise errors.BinaryData(source=source, line=data.count(b"\n", 0, nul) + 1)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    physical = data.split(b"\n")
    unfolded = data.replace(b"\n ", b"").replace(b"\n\t", b"")
    numbers: list[int] | None = None
    if len(unfolded) != len(data):  # folded: remember where each logical line began
        numbers = [
            index
            for index, chunk in enumerate(physical, 1)
            if index == 1 or chunk[:1] not in (b" ", b"\t")
        ]
    lines = _decode(unfolded, source, notes, numbers).split("\n")
    lexed = Lexed([], lines, notes, numbers)
    _parse(lexed, source)
    return lexed


def _number(lexed: Lexed, index: int) -> int:
    if lexed.numbers is not None and index < len(lexed.numbers):
        return lexed.numbers[index]
    return index + 1


def _parse(lexed: Lexed, source: str) -> None:
    stack: list[Component] = []
    count = joined = dropped = 0
    lines = lexed.lines
    for index, line in enumerate(lines):
        if not line or line.isspace():
            continue
        colon = line.find(":")
        semi = line.find(";")
        if semi != -1 and (colon == -1 or semi < colon):
            if not _NAME.match(line, 0, semi):
                joined += _join(stack, line)
                continue
            split = _split_params(line)
            if split is None:
                if line[:semi].upper() in USED:
                    raise errors.UnreadableLine(source=source, line=_number(lexed, index))
                dropped += 1
                continue
            name, params, value = split
        elif colon > 0 and _NAME.match(line, 0, colon):
            name, params, value = line[:colon], _NO_PARAMS, line[colon + 1 :]
        else:
            joined += _join(stack, line)
            continue
        upper = name.upper()
        if upper == "BEGIN":
            kind = value.strip().upper()
            if not stack and kind != "VCALENDAR":
                continue  # a stray component outside any calendar
            count += 1
            if count > limits.MAX_COMPONENTS:
                raise errors.TooManyComponents(source=source, limit=limits.MAX_COMPONENTS)
            if len(stack) >= limits.MAX_DEPTH:
                raise errors.NestedTooDeep(
                    source=source, line=_number(lexed, index), limit=limits.MAX_DEPTH
                )
            component = Component(kind, _number(lexed, index), first=index)
            if stack:
                stack[-1].children.append(component)
            else:
                lexed.calendars.append(component)
            stack.append(component)
        elif upper == "END":
            kind = value.strip().upper()
            if not any(c.name == kind for c in stack):
                if stack:
                    lexed.notes.append(DomainWarning("ics.stray-end", source, kind))
                continue
            while stack:
                closing = stack.pop()
                closing.last = index
                if closing.name == kind:
                    break
                _drop(closing, stack)
                lexed.notes.append(DomainWarning("ics.unclosed", source, closing.name))
        elif stack:
            stack[-1].props.append((upper, params, value))
    if stack:
        lexed.notes.append(DomainWarning("ics.truncated", source, str(len(lines))))
        while stack:
            closing = stack.pop()
            closing.last = len(lines) - 1
            if stack:
                _drop(closing, stack)
    if joined:
        lexed.notes.append(DomainWarning("ics.bad-fold", source, str(joined)))
    if dropped:
        lexed.notes.append(DomainWarning("ics.bad-line", source, str(dropped)))
    if not lexed.calendars:
        raise errors.NotACalendar(source=source)


def _drop(component: Component, stack: list[Component]) -> None:
    """An unterminated component (a truncated file) is incomplete: forget it."""
    parent = stack[-1]
    if parent.children and parent.children[-1] is component:
        parent.children.pop()


def _join(stack: list[Component], line: str) -> int:
    """A line that is not a content line, inside a component: the continuation of the line
    before whose fold lost its leading space. Outside components it is ignored."""
    if not stack or not stack[-1].props:
        return 0
    name, params, value = stack[-1].props[-1]
    stack[-1].props[-1] = (name, params, value + line)
    return 1
