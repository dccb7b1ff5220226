// ldpub — MIT licence.

/// Words people write for a key or value that has another name here: synonyms from other
/// tools (Hugo's `tags` and `lastmod`, Jekyll's `date`) and the names of medical specialties
/// where schema.org names the adjective (`Cardiology` is `Cardiovascular`).
///
/// Looked up before the edit distance of ``Suggestion``, and only used when the candidate is
/// one the place allows, so one table serves every mapping and enumeration.
enum NearMisses {
    /// The candidates a word may stand for, most likely first; nil when the table has none.
    static func targets(for word: String) -> [String]? {
        table[word.lowercased()]
    }

    /// Lowercased word → the names it may stand for.
    private static let table: [String: [String]] = {
        var table: [String: [String]] = [:]
        func add(_ words: [String], _ targets: [String]) {
            for word in words { table[word.lowercased(), default: []] += targets }
        }
        // Keys of an article, a section, a claim, a source and site.yaml.
        add(["tags", "tag", "labels"], ["keywords"])
        add(["date", "pubDate", "datePublished", "publishDate", "publishedAt", "created"], ["published"])
        add(["updated", "lastmod", "lastModified", "dateModified", "modifiedAt", "updatedAt"], ["modified"])
        add(["author", "writer", "writers"], ["authors"])
        add(["summary", "excerpt", "abstract", "lead", "intro", "subtitle", "tagline"], ["description"])
        add(["name", "headline"], ["title", "heading"])
        add(["title", "header", "head"], ["heading"])
        add(["lang", "locale", "inLanguage"], ["language"])
        add(["content", "text", "markdown"], ["body"])
        add(["claim", "statements"], ["claims"])
        add(["citations", "citation", "cites", "refs", "evidence"], ["sources", "references"])
        add(["bibliography", "sources"], ["references"])
        add(["review", "reviewer", "reviewedBy", "medicalReview"], ["reviewed"])
        add(["permalink", "url"], ["slug"])
        add(["baseURL", "base_url", "baseurl", "siteURL"], ["url"])
        add(["picture", "photo", "thumbnail", "cover"], ["image"])
        add(["medicalSpecialty", "speciality"], ["specialty"])
        add(["medicalAudience", "readers"], ["audience"])
        add(["organization", "owner"], ["publisher"])
        add(["authors", "persons"], ["people"])
        add(["statement", "sentence"], ["text"])
        add(["ref", "reference"], ["source"])
        add(["page", "pages", "pp"], ["locator"])
        add(["intent", "kind"], ["relation"])
        // Dutch, the language of the sample site.
        add(["tekst", "inhoud"], ["body", "text"])
        add(["titel"], ["title", "heading"])
        add(["kop", "kopje"], ["heading"])
        add(["samenvatting", "omschrijving"], ["description"])
        add(["trefwoorden", "labels"], ["keywords"])
        add(["auteur", "auteurs"], ["authors"])
        add(["datum"], ["published"])
        add(["bronnen", "bron"], ["sources", "references"])
        // schema.org MedicalSpecialty members, by the name of the field.
        add(["Cardiology"], ["Cardiovascular"])
        add(["Neurology"], ["Neurologic"])
        add(["Psychiatry"], ["Psychiatric"])
        add(["Oncology"], ["Oncologic"])
        add(["Pediatrics", "Paediatrics"], ["Pediatric"])
        add(["Gastroenterology"], ["Gastroenterologic"])
        add(["Gynecology", "Gynaecology"], ["Gynecologic"])
        add(["Obstetrics"], ["Obstetric"])
        add(["Hematology", "Haematology"], ["Hematologic"])
        add(["Endocrinology"], ["Endocrine"])
        add(["Pulmonology", "Pneumology"], ["Pulmonary"])
        add(["Nephrology"], ["Renal"])
        add(["Rheumatology"], ["Rheumatologic"])
        add(["Urology"], ["Urologic"])
        add(["Geriatrics"], ["Geriatric"])
        add(["Otolaryngology", "ENT"], ["Otolaryngologic"])
        add(["Radiology"], ["Radiography"])
        add(["Toxicology"], ["Toxicologic"])
        add(["Orthopedics", "Orthopaedics"], ["Musculoskeletal"])
        add(["Surgery"], ["Surgical"])
        add(["Anesthesiology", "Anaesthesiology", "Anaesthesia"], ["Anesthesia"])
        add(["Nutrition", "Dietetics"], ["DietNutrition"])
        add(["Genetics"], ["Genetic"])
        add(["Pharmacy", "Pharmacology"], ["PharmacySpecialty"])
        add(["InfectiousDisease", "InfectiousDiseases"], ["Infectious"])
        add(["Podiatry"], ["Podiatric"])
        add(["Optometry"], ["Optometric"])
        add(["EmergencyMedicine"], ["Emergency"])
        add(["GeneralPractice", "FamilyMedicine"], ["PrimaryCare"])
        // audience, relation
        add(["Patients", "Public", "Layperson"], ["Patient"])
        add(["Doctor", "Doctors", "Physician", "Physicians", "Clinicians"], ["Clinician"])
        add(["Researcher", "Researchers", "Scientist", "Scientists"], ["MedicalResearcher"])
        add(["refutes", "contradicts", "disputed", "against"], ["disputes"])
        add(["cites", "citesForInformation", "mention", "mentioned"], ["mentions"])
        add(["citesAsEvidence", "supported", "confirms"], ["supports"])
        // CSL item types
        add(["journal-article", "article", "journal", "paper"], ["article-journal"])
        add(["website", "web", "web-page", "online"], ["webpage"])
        add(["book-chapter"], ["chapter"])
        return table
    }()
}
