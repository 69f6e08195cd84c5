print("importing star_pkg.mod_one")
