for s in ["Ünïcödé", "ÀÉÎ", "àéî", "ǅungla", "ΑΒΓ", "αβγ", "２", "Ⅷ", "\u00b2"]:
    print(s, s.isalpha(), s.isupper(), s.islower(), s.istitle(), s.isdigit(), s.isnumeric(), s.upper(), s.lower())
