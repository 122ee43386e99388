import multiprocessing

from advisor_desk.app import main

if __name__ == "__main__":
    # a frozen build starts HQ merge workers by running itself (spawn): let them run
    multiprocessing.freeze_support()
    raise SystemExit(main())
