"""A deep link as a fresh server's very first request opens the right page inside the app's
own navigation, in the asked language, with no "Page not found" and no exception.

That first run goes through Streamlit's legacy `pages/` router (see
`ui.runtime.close_legacy_page_not_found`), so this is the one request that can show it."""

import time

import pytest

from tests.e2e.conftest import streamlit_server, wait_until_idle

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "path, heading, navigation",
    [
        ("/xor?lang=en", "XOR & 2D classification", "Language"),
        ("/iris?lang=ko", "붓꽃: 세 가지 꽃", "언어"),
    ],
)
def test_a_deep_link_is_a_fresh_servers_first_request(browser, path, heading, navigation):
    with streamlit_server() as (url, _):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(90_000)
        page.goto(f"{url}{path}")
        wait_until_idle(page)
        page.get_by_role("heading", name=heading).wait_for(state="visible")
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_text(navigation, exact=True).wait_for(state="visible")  # language switch
        assert sidebar.get_by_test_id("stSidebarNav").is_visible()
        time.sleep(2)  # the legacy router's dialog, if any, is on screen by now
        assert page.get_by_text("Page not found").count() == 0
        assert page.get_by_test_id("stException").count() == 0
        context.close()
