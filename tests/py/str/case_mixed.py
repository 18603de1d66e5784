# upper()/lower() over ASCII, Latin-1 and other letters, mixed in one string
for s in ('', 'abc', 'ABC', 'aBc-09_[]{}@`~', 'été', 'ÉTÉ', 'ÿ', 'aé\u0101z', 'ΑΒΓαβγ', 'дом ДОМ', 'x' * 40 + 'é'):
    print(repr(s.upper()), repr(s.lower()), s.upper().lower() == s.lower())
