"""A select read into a NamedTuple names its columns by the tuple's fields (desktop/store/named_rows.py)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from desktop.store.named_rows import columns


class _Expiry(NamedTuple):
    service_id: int
    expires_on: date


def test_the_columns_come_in_the_order_of_the_fields() -> None:
    assert columns(_Expiry._fields, service_id="id", expires_on="expires") == ["id", "expires"]


@pytest.mark.parametrize(
    "given",
    [
        {"expires_on": "expires", "service_id": "id"},  # out of order
        {"service_id": "id"},  # one missing
        {"service_id": "id", "expires_on": "expires", "name": "name"},  # one too many
    ],
)
def test_a_select_out_of_step_with_its_shape_fails_where_it_is_built(given: dict[str, str]) -> None:
    with pytest.raises(TypeError, match="service_id"):
        columns(_Expiry._fields, **given)
