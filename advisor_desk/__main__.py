from advisor_desk.app import main

raise SystemExit(main())
