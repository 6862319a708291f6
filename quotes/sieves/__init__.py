"""Attribution sieves, one module per family: each sieve a small named rule that
attributes a quote or borrows a speaker from context (most precise first)."""
