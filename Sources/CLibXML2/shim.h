#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 pulls in the system ICU headers, whose UErrorCode clashes with Foundation's
   _FoundationICU on a clean build ("'UErrorCode' has different definitions in different modules"). */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/xmlreader.h>

/* xmlFree is a global function pointer: Swift 6 rejects touching it directly. */
static inline void clibxml2_free(void *p) { xmlFree(p); }
/* XPath node-set accessors are macros Swift cannot see. */
static inline int clibxml2_nodeset_count(xmlXPathObjectPtr o) { return (o && o->nodesetval) ? o->nodesetval->nodeNr : 0; }
static inline xmlNodePtr clibxml2_nodeset_item(xmlXPathObjectPtr o, int i) { return o->nodesetval->nodeTab[i]; }
/* Silence libxml2's default error printing to stderr: errors are collected as diagnostics instead. */
static void clibxml2_ignore_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void clibxml2_ignore_structured_error(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }
static inline void clibxml2_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_ignore_error);
    xmlSetStructuredErrorFunc(NULL, clibxml2_ignore_structured_error);
}
/* Refuse every external entity, DTD and XInclude load (file://, http://, relative paths): the parser never
   reads a file or opens a socket for a document, whatever options a caller passes. */
static xmlParserInputPtr clibxml2_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}
static inline void clibxml2_refuse_external_entities(void) { xmlSetExternalEntityLoader(clibxml2_refuse_entity); }
/* The last error libxml2 raised on this thread, as level and message (level 0 and NULL when none). */
static inline int clibxml2_last_error_level(void) { xmlErrorPtr e = xmlGetLastError(); return e ? (int)e->level : 0; }
static inline int clibxml2_last_error_code(void) { xmlErrorPtr e = xmlGetLastError(); return e ? e->code : 0; }
static inline const char *clibxml2_last_error_message(void) { xmlErrorPtr e = xmlGetLastError(); return e ? e->message : NULL; }
#endif
