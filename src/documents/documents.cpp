// Documents (PDF, XLSX, CSV renderers) arrive with the statements and reports issues.
#include <QtGlobal>
