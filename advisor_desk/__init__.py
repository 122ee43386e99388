"""Advisor Desk (顾问工作台): a desktop workstation for retail advisors."""

__version__ = "0.1.0"
APP_NAME = "AdvisorDesk"
APP_AUTHOR = "AdvisorDesk"
