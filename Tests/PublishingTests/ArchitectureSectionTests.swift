// ldpub — MIT licence.

import Foundation
import Testing

/// The README's architecture section names every module of Package.swift with exactly its
/// dependencies, so the one-page description cannot drift from the build.
@Suite struct ArchitectureSectionTests {
    /// Module → dependencies, from Package.swift's `.target`, `.executableTarget` and `.systemLibrary` entries.
    static func modulesInPackage() throws -> [String: Set<String>] {
        let text = try String(contentsOf: GoldenOutputTests.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let targets = try #require(text.range(of: "targets: [")).upperBound
        var modules: [String: Set<String>] = [:]
        let declaration = /\.(target|executableTarget|systemLibrary|testTarget)\(\s*name: "([^"]+)"/
        let matches = text[targets...].matches(of: declaration)
        for (index, match) in matches.enumerated() where match.output.1 != "testTarget" {
            let end = index + 1 < matches.count ? matches[index + 1].range.lowerBound : text.endIndex
            let body = text[match.range.upperBound..<end]
            var dependencies = Set<String>()
            if let list = body.firstMatch(of: /dependencies: \[([^\]]*(?:\][^\]]*)*?)\]\s*[,)]/) {
                for product in list.output.1.matches(of: /\.product\(name: "([^"]+)"/) { dependencies.insert(String(product.output.1)) }
                let withoutProducts = list.output.1.replacing(/\.product\([^)]*\)/, with: "")
                for name in withoutProducts.matches(of: /"([^"]+)"/) { dependencies.insert(String(name.output.1)) }
            }
            modules[String(match.output.2)] = dependencies
        }
        return modules
    }

    /// Module → dependencies, from the README's table.
    static func modulesInReadme() throws -> [String: Set<String>] {
        let text = try String(contentsOf: GoldenOutputTests.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(text.range(of: "## Architecture"))
        let rest = text[section.upperBound...]
        let body = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
        var modules: [String: Set<String>] = [:]
        for line in body.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| Module") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let dependencies = cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            modules[cells[1]] = Set(dependencies)
        }
        return modules
    }

    @Test func theTableNamesEveryModuleWithItsDependencies() throws {
        let package = try Self.modulesInPackage()
        let readme = try Self.modulesInReadme()
        #expect(package.count > 20, "the Package.swift reader found too few modules: \(package.keys.sorted())")
        #expect(Set(readme.keys) == Set(package.keys), "only in Package.swift: \(Set(package.keys).subtracting(readme.keys).sorted()); only in README: \(Set(readme.keys).subtracting(package.keys).sorted())")
        for (module, dependencies) in package {
            #expect(readme[module] == dependencies, "\(module): Package.swift says \(dependencies.sorted()), README \(readme[module]?.sorted() ?? [])")
        }
    }
}
