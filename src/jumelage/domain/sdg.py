"""The 17 UN Sustainable Development Goals with their official short names."""

from __future__ import annotations

from jumelage.domain.errors import InvalidSdg

SDG_NAMES: dict[int, str] = {
    1: "No Poverty",
    2: "Zero Hunger",
    3: "Good Health and Well-being",
    4: "Quality Education",
    5: "Gender Equality",
    6: "Clean Water and Sanitation",
    7: "Affordable and Clean Energy",
    8: "Decent Work and Economic Growth",
    9: "Industry, Innovation and Infrastructure",
    10: "Reduced Inequalities",
    11: "Sustainable Cities and Communities",
    12: "Responsible Consumption and Production",
    13: "Climate Action",
    14: "Life Below Water",
    15: "Life on Land",
    16: "Peace, Justice and Strong Institutions",
    17: "Partnerships for the Goals",
}


def normalise_sdgs(goals: object, field: str = "sdgs") -> tuple[int, ...]:
    """Sorted, de-duplicated goal numbers; anything outside 1..17 is refused."""
    result: set[int] = set()
    for goal in goals if isinstance(goals, list | tuple | set | frozenset) else ():
        if not isinstance(goal, int) or goal not in SDG_NAMES:
            raise InvalidSdg(field=field, goal=goal if isinstance(goal, int) else -1)
        result.add(goal)
    return tuple(sorted(result))
