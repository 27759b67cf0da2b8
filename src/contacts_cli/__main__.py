from contacts_cli import main

main()
