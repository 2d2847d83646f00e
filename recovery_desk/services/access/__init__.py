"""Who is signed in and what they may do: accounts, sign-in, permissions."""
