"""Help for the translator: checks, and later MT, memory and glossary."""
