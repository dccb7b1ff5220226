// ldpub — MIT licence.

/// A field of medicine an article is about: its schema.org specialty, and the drugs,
/// conditions, therapies and body parts its text draws on.
struct MedicalTopic: Sendable {
    /// A member of schema.org's MedicalSpecialty.
    let specialty: String
    let drugs: [BilingualTerm]
    let conditions: [BilingualTerm]
    let therapies: [BilingualTerm]
    let bodyParts: [BilingualTerm]
    let mechanisms: [BilingualTerm]

    /// Every topic the generator writes about; psychiatry is the most common, as on the sample site.
    static let catalog: [MedicalTopic] = [psychiatry, psychiatry, neurology, cardiology, endocrinology, pulmonology]

    static let psychiatry = MedicalTopic(
        specialty: "Psychiatric",
        drugs: [
            .init("ketamine"), .init("esketamine"), .init("sertraline"), .init("fluoxetine"), .init("citalopram"),
            .init("escitalopram"), .init("venlafaxine"), .init("mirtazapine"), .init("bupropion"), .init("lithium"),
            .init("quetiapine"), .init("aripiprazol", "aripiprazole"), .init("clozapine"), .init("psilocybine", "psilocybin"),
            .init("methylfenidaat", "methylphenidate"), .init("naltrexon", "naltrexone"), .init("paroxetine"),
        ],
        conditions: [
            .init("depressie", "depression"), .init("therapieresistente depressie", "treatment-resistant depression"),
            .init("bipolaire stoornis", "bipolar disorder"), .init("gegeneraliseerde angststoornis", "generalised anxiety disorder"),
            .init("posttraumatische stressstoornis", "post-traumatic stress disorder"), .init("ADHD"),
            .init("schizofrenie", "schizophrenia"), .init("obsessieve-compulsieve stoornis", "obsessive–compulsive disorder"),
            .init("alcoholverslaving", "alcohol use disorder"), .init("postnatale depressie", "postnatal depression"),
        ],
        therapies: [
            .init("cognitieve gedragstherapie", "cognitive behavioural therapy"), .init("EMDR"),
            .init("elektroconvulsietherapie", "electroconvulsive therapy"),
            .init("transcraniële magnetische stimulatie", "transcranial magnetic stimulation"),
            .init("lichttherapie", "light therapy"), .init("interpersoonlijke therapie", "interpersonal therapy"),
            .init("mindfulnesstraining", "mindfulness training"), .init("psycho-educatie", "psychoeducation"),
        ],
        bodyParts: [
            .init("prefrontale cortex", "prefrontal cortex"), .init("hippocampus"), .init("amygdala"),
            .init("default mode network"), .init("synaps", "synapse"), .init("hypothalamus"),
        ],
        mechanisms: [
            .init("de NMDA-receptor", "the NMDA receptor"), .init("het serotoninesysteem", "the serotonin system"),
            .init("BDNF-signalering", "BDNF signalling"), .init("de mTOR-route", "the mTOR pathway"),
            .init("glutamaatafgifte", "glutamate release"), .init("dopamineafgifte", "dopamine release"),
            .init("neuroplasticiteit", "neuroplasticity"), .init("de HPA-as", "the HPA axis"),
        ]
    )

    static let neurology = MedicalTopic(
        specialty: "Neurologic",
        drugs: [
            .init("levetiracetam"), .init("lamotrigine"), .init("valproaat", "valproate"), .init("sumatriptan"),
            .init("topiramaat", "topiramate"), .init("erenumab"), .init("levodopa"), .init("pramipexol", "pramipexole"),
            .init("carbamazepine"), .init("botulinetoxine", "botulinum toxin"),
        ],
        conditions: [
            .init("migraine"), .init("epilepsie", "epilepsy"), .init("ziekte van Parkinson", "Parkinson’s disease"),
            .init("multiple sclerose", "multiple sclerosis"), .init("clusterhoofdpijn", "cluster headache"),
            .init("restless legs"), .init("neuropathische pijn", "neuropathic pain"),
        ],
        therapies: [
            .init("diepe hersenstimulatie", "deep brain stimulation"), .init("nervus-vagusstimulatie", "vagus nerve stimulation"),
            .init("ketogeen dieet", "ketogenic diet"), .init("fysiotherapie", "physiotherapy"),
            .init("biofeedback"), .init("leefstijlinterventie", "lifestyle intervention"),
        ],
        bodyParts: [
            .init("hersenstam", "brainstem"), .init("basale ganglia", "basal ganglia"), .init("cortex"),
            .init("trigeminuszenuw", "trigeminal nerve"), .init("substantia nigra"), .init("thalamus"),
        ],
        mechanisms: [
            .init("natriumkanalen", "sodium channels"), .init("CGRP-afgifte", "CGRP release"),
            .init("dopaminetekort", "dopamine deficiency"), .init("GABA-remming", "GABA inhibition"),
            .init("corticale prikkelbaarheid", "cortical excitability"), .init("ontstekingsreacties", "inflammatory responses"),
        ]
    )

    static let cardiology = MedicalTopic(
        specialty: "Cardiovascular",
        drugs: [
            .init("metoprolol"), .init("atorvastatine", "atorvastatin"), .init("lisinopril"), .init("amlodipine"),
            .init("apixaban"), .init("rivaroxaban"), .init("sacubitril/valsartan"), .init("spironolacton", "spironolactone"),
            .init("acetylsalicylzuur", "aspirin"), .init("bisoprolol"), .init("dapagliflozine", "dapagliflozin"),
        ],
        conditions: [
            .init("hypertensie", "hypertension"), .init("hartfalen", "heart failure"),
            .init("atriumfibrilleren", "atrial fibrillation"), .init("coronaire hartziekte", "coronary heart disease"),
            .init("hypercholesterolemie", "hypercholesterolaemia"), .init("angina pectoris"),
        ],
        therapies: [
            .init("hartrevalidatie", "cardiac rehabilitation"), .init("katheterablatie", "catheter ablation"),
            .init("dotterbehandeling", "angioplasty"), .init("zoutbeperking", "salt restriction"),
            .init("beweegprogramma", "exercise programme"),
        ],
        bodyParts: [
            .init("linkerventrikel", "left ventricle"), .init("kransslagaders", "coronary arteries"),
            .init("boezems", "atria"), .init("vaatwand", "vessel wall"), .init("nieren", "kidneys"),
        ],
        mechanisms: [
            .init("het RAAS-systeem", "the renin–angiotensin system"), .init("bètablokkade", "beta blockade"),
            .init("LDL-cholesterol", "LDL cholesterol"), .init("stollingsfactoren", "clotting factors"),
            .init("vaatverwijding", "vasodilation"), .init("natriumuitscheiding", "sodium excretion"),
        ]
    )

    static let endocrinology = MedicalTopic(
        specialty: "Endocrine",
        drugs: [
            .init("metformine", "metformin"), .init("semaglutide"), .init("insuline glargine", "insulin glargine"),
            .init("levothyroxine"), .init("empagliflozine", "empagliflozin"), .init("tirzepatide"),
            .init("hydrocortison", "hydrocortisone"),
        ],
        conditions: [
            .init("diabetes type 2", "type 2 diabetes"), .init("hypothyreoïdie", "hypothyroidism"),
            .init("obesitas", "obesity"), .init("ziekte van Addison", "Addison’s disease"),
            .init("ziekte van Graves", "Graves’ disease"), .init("prediabetes"),
        ],
        therapies: [
            .init("leefstijlinterventie", "lifestyle intervention"), .init("bariatrische chirurgie", "bariatric surgery"),
            .init("koolhydraatbeperkt dieet", "low-carbohydrate diet"), .init("zelfmonitoring", "self-monitoring"),
            .init("diabeteseducatie", "diabetes education"),
        ],
        bodyParts: [
            .init("alvleesklier", "pancreas"), .init("schildklier", "thyroid"), .init("lever", "liver"),
            .init("bijnieren", "adrenal glands"), .init("vetweefsel", "adipose tissue"),
        ],
        mechanisms: [
            .init("insulinegevoeligheid", "insulin sensitivity"), .init("GLP-1-receptoren", "GLP-1 receptors"),
            .init("glucoseopname", "glucose uptake"), .init("schildklierhormoon", "thyroid hormone"),
            .init("de cortisolspiegel", "cortisol levels"),
        ]
    )

    static let pulmonology = MedicalTopic(
        specialty: "Pulmonary",
        drugs: [
            .init("salbutamol"), .init("budesonide"), .init("tiotropium"), .init("formoterol"), .init("montelukast"),
            .init("prednisolon", "prednisolone"), .init("azitromycine", "azithromycin"),
        ],
        conditions: [
            .init("astma", "asthma"), .init("COPD"), .init("longfibrose", "pulmonary fibrosis"),
            .init("slaapapneu", "sleep apnoea"), .init("longontsteking", "pneumonia"),
        ],
        therapies: [
            .init("longrevalidatie", "pulmonary rehabilitation"), .init("CPAP-therapie", "CPAP therapy"),
            .init("inhalatie-instructie", "inhaler technique training"), .init("stoppen met roken", "smoking cessation"),
        ],
        bodyParts: [
            .init("luchtwegen", "airways"), .init("longblaasjes", "alveoli"), .init("middenrif", "diaphragm"),
            .init("bronchiën", "bronchi"),
        ],
        mechanisms: [
            .init("luchtwegverwijding", "bronchodilation"), .init("ontstekingsremming", "anti-inflammatory action"),
            .init("slijmproductie", "mucus production"), .init("gaswisseling", "gas exchange"),
        ]
    )
}
