"""The Step button's press tally: a press counts as handled only once its work is done, so a
script run that Streamlit stops between two presses leaves the rest for the next run."""

import pytest

from playground.ui.click_counter import Presses


class _Stopped(Exception):
    """Stands for Streamlit's RerunException, raised at the next st.* call or state access."""


def test_presses_are_counted_one_by_one_as_they_are_acted_on():
    handled = [0]
    done = 0
    with pytest.raises(_Stopped):
        for _ in Presses(handled, total=3):
            if done == 1:
                raise _Stopped  # the run stops as the second press begins
            done += 1
    assert handled == [1]  # the first press only
    rest = Presses(handled, total=4)  # the next run: one more press meanwhile
    assert len(rest) == 3
    assert sum(1 for _ in rest) == 3 and handled == [4]


def test_a_total_below_the_handled_count_is_no_press():
    handled = [5]  # a remounted button that lost its stored total counts from 0 again
    assert len(Presses(handled, total=2)) == 0 and list(Presses(handled, total=2)) == []
    assert handled == [5]
