// The Annex A layer: the template (AnnexASpec, data only, which the sample generator also uses) is
// re-exported, so readers and writers import one module for template, recognition, rows and validation.
@_exported import AnnexASpec
