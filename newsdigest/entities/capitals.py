"""What a capital letter is in the entity rules' patterns.

Names open with capitals beyond ASCII: Šalčininkai, Ústí, Örebro, Łódź,
İzmir, Élysée. The rules' patterns write this class as [{CAP}], never
[A-Z], so that those names are names too.
"""

# A-Z, the Latin-1 capitals (À-Ö, Ø-Þ) and the capitals of Latin Extended-A and -B
# (Č, Ł, Ő, Š, Ž, Ș, Ț ...), each listed (their blocks mix capitals and small letters).
CAP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper() and c.lower() != c)

# One to three capitalised words, as a place or a name listed beside another is
# written ("Tarnwick", "Orvel Tarsk", "Santa Aurélia Norte").
NAME_UP_TO_THREE_WORDS = rf"[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*){{0,2}}"

# One or two capitalised words with no apostrophe, so that an owner's "'s" follows
# ("Spain's", "Kenya's", "Addis Ababa's").
OWNER_NAME = rf"[{CAP}][\w-]*(?: [{CAP}][\w-]*)?"
