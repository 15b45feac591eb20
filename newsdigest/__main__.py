from newsdigest.cli import main

raise SystemExit(main())
