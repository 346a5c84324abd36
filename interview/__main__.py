from interview.cli import run

run()
