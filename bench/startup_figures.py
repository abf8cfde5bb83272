"""One figure of bench/startup.py: what was measured, beside its floor or target, so that the ratio
(or the distance to an absolute target) is printed and nobody has to remember what is good."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """`value` measured in `unit`; met when value <= floor * ratio (a ratio target, e.g. first paint
    at most 2x a bare window's) or value <= target (an absolute one, e.g. `--help` at most 0.15 s)."""

    name: str
    value: float
    unit: str  # "s" or "MiB"
    floor: float | None = None  # the same thing done by the bare minimum, measured in the same run
    ratio: float | None = None  # the target as a multiple of the floor
    target: float | None = None  # an absolute target

    @property
    def met(self) -> bool:
        if self.floor is not None and self.ratio is not None:
            return self.value <= self.floor * self.ratio
        return self.target is None or self.value <= self.target

    def line(self) -> str:
        text = f"{self.name:<48} {self.value:8.3f} {self.unit:<3}"
        if self.floor is not None:
            text += f"  floor {self.floor:7.3f} {self.unit}  x{self.value / self.floor:5.2f}"
            if self.ratio is not None:
                text += f" (target <= x{self.ratio:g})"
            elif self.target is not None:
                text += f" (target <= {self.target:g} {self.unit})"
        elif self.target is not None:
            text += f"  target <= {self.target:g} {self.unit}"
        if self.target is None and self.ratio is None:
            return f"{text}  (no target)"
        return f"{text}  {'met' if self.met else 'NOT MET'}"
