"""Groups of ``wirecoder`` subcommands, each module registering its commands on the typer app."""
