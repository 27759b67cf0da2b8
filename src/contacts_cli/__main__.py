from contacts_cli._app import main

main()
