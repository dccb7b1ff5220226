// ldpub — MIT licence.

extension String {
    /// A copy with `{name}` replaced by `value`.
    func replacingSlot(_ name: String, with value: String) -> String {
        let token = "{" + name + "}"
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: token) {
            result += rest[..<range.lowerBound]
            result += value
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
