"""The encrypted local store (SQLCipher through sqlite-utils). No Qt here."""
