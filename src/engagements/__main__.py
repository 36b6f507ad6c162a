from engagements.cli.main import main

raise SystemExit(main())
