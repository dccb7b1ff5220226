print("ldpub")
