from presslint.cli.main import main

raise SystemExit(main())
