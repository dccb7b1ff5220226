// ldpub — MIT licence.

import ArticleModel
import BinaryRecords

extension SiteOverview.Row {
    /// The version of ``serialized``'s format, its first byte; a row kept in another format is
    /// not read back.
    public static let serializationFormat: UInt8 = 2

    /// The row as bytes, to keep in a build cache until the article, site.yaml or the `--svg`
    /// choice changes (see ``SiteOverview/Row``).
    public var serialized: [UInt8] {
        var writer = BinaryWriter(capacity: size + 256)
        writer.write(byte: Self.serializationFormat)
        writer.write(slug)
        writer.write(sortKey.supportedClaims)
        writer.write(sortKey.claims)
        writer.write(sortKey.reviewDay != nil)
        if let reviewDay = sortKey.reviewDay { writer.write(reviewDay) }
        writer.write(newestDate)
        writer.write(graphsRendered)
        writer.write(raw: rowStart)
        writer.write(raw: rowEnd)
        writer.write(reviewDate)
        writer.write(published)
        writer.write(raw: details)
        writer.write(claimCount)
        writer.write(supportedClaimCount)
        writer.write(referenceIDs) { $0.write($1) }
        writer.write(citedReferenceIDs) { $0.write($1) }
        return writer.bytes
    }

    /// The row that ``serialized`` gave `bytes`, or nil when they are not such a row (another
    /// format, or damaged).
    public init?(serialized bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        do throws(BinaryReader.Malformed) {
            guard try reader.readByte() == Self.serializationFormat else { return nil }
            slug = try reader.readString()
            let supportedClaims = try reader.readInt()
            let claims = try reader.readInt()
            let reviewDay = try reader.readBool() ? try reader.readInt() : nil
            sortKey = SortKey(supportedClaims: supportedClaims, claims: claims, reviewDay: reviewDay, slug: slug)
            newestDate = try reader.readTimestamp()
            graphsRendered = try reader.readBool()
            rowStart = try reader.readRaw()
            rowEnd = try reader.readRaw()
            reviewDate = try reader.readOptionalTimestamp()
            published = try reader.readTimestamp()
            details = try reader.readRaw()
            claimCount = try reader.readInt()
            supportedClaimCount = try reader.readInt()
            referenceIDs = try reader.readStrings()
            citedReferenceIDs = try reader.readStrings()
        } catch {
            return nil
        }
        guard reader.isAtEnd else { return nil }
    }
}
