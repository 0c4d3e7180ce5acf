"""Pure domain logic: value types, rules and state machines. Standard library only."""
