// ldpub — MIT licence.

import Foundation
import LinkedDataJSON

/// JSON parsing with located, plain-words errors, shared by the JSON-LD and JSON Feed validators.
enum JSONText {
    /// Why a document is not JSON.
    struct Failure: Error {
        /// `invalid JSON: reason`.
        let message: String
        /// Where the document stops being JSON.
        let position: TextPosition

        /// The failure as an error located in its document.
        var problem: ValidationProblem { ValidationProblem(severity: .error, message: message, position: position) }
    }

    /// Parses strictly (RFC 8259), keeping object members in document order.
    static func parse(_ data: Data) -> Result<JSONValue, Failure> {
        StrictJSONParser.parse(data).mapError { Failure(message: $0.message, position: $0.position) }
    }

    /// What kind of JSON value this is, for messages: "a string", "an array", …
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
