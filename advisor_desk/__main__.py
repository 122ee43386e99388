import sys

from advisor_desk.app import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # a frozen build starts HQ merge workers by running itself (spawn): let them run
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
