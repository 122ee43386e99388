"""Small dialogs."""


def open_quick_copy(window) -> None:
    """Ctrl+K from anywhere (imported on first use, so start-up does not pay for it)."""
    if not window.state.is_ready:
        return
    from advisor_desk.ui.dialogs.quick_copy import QuickCopy

    QuickCopy.open_for(window, window.ui)
