print("ⅷ".islower(), "Ⅷ".isupper(), "Ⅷ".istitle(), "ª".islower(), "ABC".isupper(), "aBc".islower(), "Hello World".istitle(), "ᵃ".islower())
