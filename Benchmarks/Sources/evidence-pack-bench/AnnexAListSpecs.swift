// Generated once from /work/shared/docs/annex-a-lists.yaml (the 11 Ofsted ILACS Annex A list headers, byte
// for byte, and the template's drop-down codes). Regenerate by hand if that file changes.

/// The value sets the Annex A template's drop-down columns take (codes as the template writes them).
enum AnnexAValueSets {
    static let gender: [String] = ["a) Male", "b) Female", "c) Not stated/recorded", "d) Neither"]
    static let ethnicity: [String] = ["a) WBRI", "b) WIRI", "c) WIRT", "d) WOTH", "e) WROM", "f) MWBC", "g) MWBA", "h) MWAS", "i) MOTH", "j) AIND", "k) APKN", "l) ABAN", "m) AOTH", "n) BCRB", "o) BAFR", "p) BOTH", "q) CHNE", "r) OOTH", "s) REFU", "t) NOBT"]
    static let referralSource: [String] = ["a) 1A: Individual", "b) 1B: Individual", "c) 1C: Individual", "d) 1D: Individual", "e) 2A: Schools", "f) 2B: Education services", "g) 3A: Health services", "h) 3B: Health services", "i) 3C: Health services", "j) 3D: Health services", "k) 3E: Health services", "l) 3F: Health services", "m) 4: Housing", "n) 5A: LA services", "o) 5B: LA services", "p) 5C: LA services", "p1) 5D: LA services", "q) 6: Police", "r) 7: Other legal agency", "s) 8: Other", "t) 9: Anonymous", "u) 10: Unknown"]
    static let yesNo: [String] = ["a) Yes", "b) No"]
    static let yesNoUnknown: [String] = ["a) Yes", "b) No", "c) Unknown"]
    static let primaryNeed: [String] = ["N1 - Abuse or neglect", "N2 - Child's disability", "N3 - Parental disability or illness", "N4 - Family in acute stress", "N5 - Family dysfunction", "N6 - Socially unacceptable behaviour", "N7 - Low income", "N8 - Absent parenting", "N9 - Cases other than children in need", "N0 - Not stated"]
    static let cinClosureReason: [String] = ["RC1 - Adopted", "RC2 - Died", "RC3 - Child arrangements order", "RC4 - Special guardianship order", "RC5 - Transferred to services of another local authority", "RC6 - Transferred to adult social care services", "RC7 - Services ceased for any other reason, including child no longer in need", "RC8 - Case closed after assessment, no further action", "RC9 - Case closed after assessment, referred to early help"]
    static let caseStatus: [String] = ["a) Looked after child", "b) Child Protection plan", "c) Child in need plan", "d) Open assessment", "e) Closed episode"]
    static let abuseCategory: [String] = ["a) Neglect", "b) Physical abuse", "c) Sexual abuse", "d) Emotional abuse", "e) Multiple/not recommended"]
    static let legalStatus: [String] = ["C1: ICO", "C2: FCO", "D1: Freeing order", "E1: Placement order", "V2: Single period under S20", "L1: Police protection LA accommodation", "L2: EPO", "L3: Child assessment order LA accommodation", "J1: Remanded to LA or youth detention", "J2: LA accommodation under PACE", "J3: Youth rehabilitation order", "V3: Short term breaks, episodes recorded", "V4: Short term breaks, agreements recorded"]
    static let permanencePlan: [String] = ["a) Return to family", "b) Adoption", "c) SGO/CAO", "d) Supported living in the community", "e) Long-term residential placement", "f) Long-term fostering", "g) Other"]
    static let reasonCeasedLac: [String] = ["a) E11: Adopted - application unopposed", "b) E12: Adopted - consent dispensed", "c) E2: Died", "d) E3: Care taken by another LA", "e) E4A: Returned home to live with parents or relatives - part of planning", "f) E4B: Returned home to live with parents or relatives - not part of planning", "g) E13: Parents, relatives or other with no parental responsibility", "h) E41: Residence order granted", "i) E45: Special Guardianship Orders - former carer relative/friend", "j) E46: Special Guardianship Orders - former carer other", "k) E47: Special Guardianship Orders - relative/friend", "l) E48: Special Guardianship Orders - other", "m) E5: Moved into independent living - supported", "n) E6: Moved into independent living - no support", "o) E7: Transferred to residential care funded by adult social services", "p) E9: Sentenced to custody", "q) E14: Accommodation on remand ended", "r) E15: Age assessment determined child was 18 or over", "s) E16: Child moved abroad", "t) E8: Care ceased for any other reason", "v) E17: Aged 18 (or over) and remained with current carers (inc under staying put arrangements)"]
    static let placementType: [String] = ["a) U1: Foster placement - relatives - long term", "b) U2: Foster placement - relative - FFA", "c) U3: Foster placement - relative - not FFA", "d) U4: Foster placement - long term", "e) U5: Foster placement - FFA", "f) U6: Foster placement - not FFA", "g) A3: Placed for adoption - consent - current foster", "h) A4: Placed for adoption - consent - not foster", "i) A5: Placed for adoption - order - foster", "j) A6: Placed for adoption - order - not foster", "k) P1: Placed with parents", "l) P2: Independent living", "m) P3: Residential employment", "n) H5: Residential accommodation", "o) K1: Secure Children’s Homes", "p) K2: Children’s Homes", "q) R1: Residential Care Home", "r) R2: NHS/Health Trust", "s) R3: Family Centre or Mother and Baby Unit", "t) R5: Young Offender Institution", "u) S1: Residential school", "v) Z1: Other placements", "w) T0: Temporary placement", "x) T1: Temporary placement - hospital", "y) T2: Temporary placement - holiday", "z) T3: Temporary placement - carer holiday", "zz) T4: Temporary placement - seven days or less"]
    static let placementProvider: [String] = ["a) PR0: Parents/Parental responsibility", "b) PR1: Own provision", "c) PR2: Other LA provision", "d) PR3: Other public provision", "e) PR4: Private provision", "f) PR5: Voluntary/third sector"]
    static let inOut: [String] = ["a) In", "b) Out"]
    static let laOfPlacement: [String] = ["Exampleshire", "Northshire", "Westshire", "NIR - Child placed in Northern Ireland", "WAL - Child placed in Wales", "SCO - Child placed in Scotland", "NUK - Child placed outside the UK", "CON - Child placed in confidential placement"]
    static let eligibility: [String] = ["a) Relevant child", "b) Former relevant child", "c) Qualifying care leaver", "d) Eligible child"]
    static let laInTouch: [String] = ["a) Yes", "b) No", "c) Died", "d) Refu", "e) NREQ", "f) Rhom"]
    static let accommodation: [String] = ["B: Parents/relatives", "C: Community home / residential care", "D: Semi-independent, transitional accommodation and self-contained accommodation", "E: Supported lodgings", "G: Abroad", "H: Deported", "K: Ordinary lodgings, without formal support", "R: Residence not known", "S: No fixed abode / homeless", "T: Foyers and similar supported accommodation", "U: Independent living", "V: Emergency accommodation", "W: Bed and breakfast", "X: In custody", "Y: Other accommodation", "Z: With former foster carers"]
    static let suitability: [String] = ["a) Suitable", "b) Unsuitable"]
    static let activity: [String] = ["F1: Full time in higher education", "P1: Part time in higher education", "F2: Full time in education other than higher", "P2: Part time in education other than higher", "F3: Full time in training or employment", "P3: Part time in training or employment", "F4: Young person engaged full time in an apprenticeship", "P4: Young person engaged part time in an apprenticeship", "F5: Young person engaged full time in training or employment (not apprenticeship)", "P5: Young person engaged part time in training or employment (not apprenticeship)", "G4: Not in education, employment or training - illness or disability", "G5: Not in education, employment or training - other", "G6: Not in education, employment or training - pregnancy or parenting"]
    static let adoptionReversalReason: [String] = ["RD1 - The child’s needs changed subsequent to the decision", "RD2 - The Court did not make a placement order", "RD3 - Prospective adopters could not be found", "RD4 - Any other reason"]
    static let adopterLeavingReason: [String] = ["1 - Adopter withdrew from process", "2 - Process put on hold", "3 - Application refused"]
}

/// The 11 Annex A lists: file stem, number and columns in template order.
let annexALists: [AnnexAListSpec] = [
    AnnexAListSpec(number: 1, name: "Contacts", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Date of Contact", .date),
        .init("Contact Source", .category(AnnexAValueSets.referralSource)),
    ]),
    AnnexAListSpec(number: 2, name: "Early help", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Assessment start date", .date),
        .init("Assessment completion date", .date),
        .init("Organisation completing assessment", .organisation),
    ]),
    AnnexAListSpec(number: 3, name: "Referrals", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Date of Referral", .date),
        .init("Referral Source", .category(AnnexAValueSets.referralSource)),
        .init("Referral NFA?", .category(AnnexAValueSets.yesNo)),
        .init("Number of Referrals in Last 12 Months", .count),
        .init("Allocated Team", .team),
        .init("Allocated Worker", .worker),
    ]),
    AnnexAListSpec(number: 4, name: "Assessments", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Does the Child have a Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Continuous Assessment Start Date", .date),
        .init("Child Seen During Continuous Assessment", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Continuous Assessment Date of Authorisation", .date),
        .init("Was the child assessed as requiring LA children's social care support?", .category(AnnexAValueSets.yesNo)),
        .init("Allocated Team", .team),
        .init("Allocated Worker", .worker),
    ]),
    AnnexAListSpec(number: 5, name: "Section 47 enquiries and ICPCs", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Does the Child have a Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Strategy discussion initiating Section 47 Enquiry Start Date", .date),
        .init("Was an Initial Child Protection Conference deemed unnecessary?", .category(AnnexAValueSets.yesNo)),
        .init("Date of Initial Child Protection Conference", .date),
        .init("Did the Initial Child Protection Conference Result in a Child Protection Plan", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Number of Section 47 Enquiries in the last 12 months", .count),
        .init("Number of ICPCs in the last 12 months", .count),
        .init("Allocated Team", .team),
        .init("Allocated Worker", .worker),
    ]),
    AnnexAListSpec(number: 6, name: "Children in need", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Does the Child have a Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("CIN Start Date", .date),
        .init("Primary Need Code", .category(AnnexAValueSets.primaryNeed)),
        .init("Date Child Was Last Seen", .date),
        .init("CIN Closure Date", .date),
        .init("Reason for Closure", .category(AnnexAValueSets.cinClosureReason)),
        .init("Case Status", .category(AnnexAValueSets.caseStatus)),
        .init("Allocated Team", .team),
        .init("Allocated Worker", .worker),
    ]),
    AnnexAListSpec(number: 7, name: "Child protection", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Does the Child have a Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Child Protection Plan Start Date", .date),
        .init("Initial Category of Abuse", .category(AnnexAValueSets.abuseCategory)),
        .init("Latest Category of Abuse", .category(AnnexAValueSets.abuseCategory)),
        .init("Date of the Last Statutory Visit", .date),
        .init("Was the Child Seen Alone?", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Date of latest review conference", .date),
        .init("Child Protection Plan End Date", .date),
        .init("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", .category(AnnexAValueSets.yesNo)),
        .init("Number of Previous Child Protection Plans", .count),
        .init("Allocated Team", .team),
        .init("Allocated Worker", .worker),
    ]),
    AnnexAListSpec(number: 8, name: "Children in care", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))", .category(AnnexAValueSets.yesNo)),
        .init("Does the Child have a Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Date Started to be Looked After", .date),
        .init("Child's Category of Need", .category(AnnexAValueSets.primaryNeed)),
        .init("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", .category(AnnexAValueSets.yesNo)),
        .init("Start date of current legal status", .date),
        .init("Child's Legal Status", .category(AnnexAValueSets.legalStatus)),
        .init("Date of Latest Statutory Review", .date),
        .init("Date of Last Social Work Visit", .date),
        .init("What is the permanence plan for this child?", .category(AnnexAValueSets.permanencePlan)),
        .init("Date of Last IRO Visit / Contact to the Child", .date),
        .init("Date of Last Health Assessment", .date),
        .init("Date of Last Dental Check", .date),
        .init("Number of Placements in the Last 12 months", .count),
        .init("Date Ceased to be Looked After", .date),
        .init("Reason Ceased to be Looked After", .category(AnnexAValueSets.reasonCeasedLac)),
        .init("Start Date of Most Recent Placement", .date),
        .init("Placement Type", .category(AnnexAValueSets.placementType)),
        .init("Placement Provider", .category(AnnexAValueSets.placementProvider)),
        .init("Placement postcode", .postcode),
        .init("URN of Placement", .urn),
        .init("Placement Location", .category(AnnexAValueSets.inOut)),
        .init("LA of Placement", .category(AnnexAValueSets.laOfPlacement)),
        .init("Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months", .count),
        .init("Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months", .count),
        .init("Was the child offered a Return Interview after their last missing episode (Y/N)?", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Did the child accept a Return Interview after their last missing episode (Y/N)?", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Allocated Team", .team),
        .init("Allocated Worker", .worker),
    ]),
    AnnexAListSpec(number: 9, name: "Care leavers", columns: [
        .init("Child Unique ID", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age", .count),
        .init("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", .category(AnnexAValueSets.yesNo)),
        .init("Does the Child have a Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Allocated Team", .team),
        .init("Allocated Worker", .worker),
        .init("Allocated Personal Advisor", .worker),
        .init("Eligibility Category", .category(AnnexAValueSets.eligibility)),
        .init("Latest Pathway Plan Review Date", .date),
        .init("LA in Touch", .category(AnnexAValueSets.laInTouch)),
        .init("Latest Date of Contact", .date),
        .init("Type of Accommodation", .category(AnnexAValueSets.accommodation)),
        .init("Suitability of Accommodation", .category(AnnexAValueSets.suitability)),
        .init("Activity Status", .category(AnnexAValueSets.activity)),
    ]),
    AnnexAListSpec(number: 10, name: "Adoption (children)", columns: [
        .init("Child Unique ID", .identifier),
        .init("Family identifier", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Date of Birth", .date),
        .init("Age of Child (Years)", .count),
        .init("Does the Child have a Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Date the Child Entered Care", .date),
        .init("Date of Decision that Child Should be Placed for Adoption", .date),
        .init("Date of Placement Order", .date),
        .init("Date of Matching Child and Prospective Adopters", .date),
        .init("Date Placed for Adoption", .date),
        .init("Date of Adoption Order", .date),
        .init("Date of Decision that Child Should No Longer be Placed for Adoption", .date),
        .init("Reason Why Child No Longer Placed for Adoption", .category(AnnexAValueSets.adoptionReversalReason)),
        .init("Date the child was placed for fostering in FFA or concurrent planning placement", .date),
    ]),
    AnnexAListSpec(number: 11, name: "Adopters", columns: [
        .init("Individual adopter identifier", .identifier),
        .init("Family identifier", .identifier),
        .init("Gender", .category(AnnexAValueSets.gender)),
        .init("Ethnicity", .category(AnnexAValueSets.ethnicity)),
        .init("Disability", .category(AnnexAValueSets.yesNoUnknown)),
        .init("Is the (prospective) adopter fostering for adoption?", .category(AnnexAValueSets.yesNo)),
        .init("Date enquiry received", .date),
        .init("Date Stage 1 started", .date),
        .init("Date Stage 1 ended", .date),
        .init("Date Stage 2 started", .date),
        .init("Date Stage 2 ended", .date),
        .init("Date application submitted", .date),
        .init("Date application approved", .date),
        .init("Date adopter matched with child(ren)", .date),
        .init("Date child/children placed with adopter(s)", .date),
        .init("No. of children placed", .count),
        .init("Date of Adoption Order", .date),
        .init("Date of leaving adoption process", .date),
        .init("Reason for leaving adoption process", .category(AnnexAValueSets.adopterLeavingReason)),
    ]),
]
