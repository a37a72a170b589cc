from presslint.cli import main

raise SystemExit(main())
