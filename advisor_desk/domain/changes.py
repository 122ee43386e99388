"""What a write touched, so pages refresh only when they care (Anki's OpChanges, our size)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Changes:
    customers: frozenset[int] = field(default_factory=frozenset)  # ids of changed customers
    all_customers: bool = False  # many customers changed (import, demo data, pack)
    library: bool = False  # scripts, materials, coupons, favourites, usage counts
    tags: bool = False  # tag groups / tags / stages / VIP levels (the vocabulary)
    tasks: bool = False  # SOP tasks, daily tasks
    advisors: bool = False
    settings: bool = False
    packs: bool = False
    training: bool = False  # practice boxes, what's new seen (issue 18)

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = a | b
        return Changes(**merged)

    @property
    def empty(self) -> bool:
        return self == Changes()

    def touches_customer(self, customer_id: int) -> bool:
        return self.all_customers or customer_id in self.customers


NOTHING = Changes()
EVERYTHING = Changes(all_customers=True, library=True, tags=True, tasks=True, advisors=True,
                     settings=True, packs=True, training=True)
