// libxlsxwriter from the system (Debian: libxlsxwriter-dev). Only the XLSXWriter module includes it.
#include <xlsxwriter.h>
