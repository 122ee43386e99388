"""Top-level windows besides the main window: the presenter (with its speaker notes) and the
always-on-top sidebar.

Both can hide customer data on request (``set_customer_data_hidden(True)``) — for the
auto-lock of a shared counter PC; see docs/training.md.
"""
