"""`assist bench`: speed, memory, disk and energy at several corpus sizes."""
