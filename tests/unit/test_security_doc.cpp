// docs/security.md shows the default permission matrix as a table. This test generates the
// table from PermissionMatrix::defaults() and fails when the document and the code
// disagree; the failure prints the table to paste between the markers.

#include "domain/permissions.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QString>
#include <QStringList>

using namespace ardesk;

namespace {

const QString kBegin = QStringLiteral("<!-- permission-matrix:begin (generated from PermissionMatrix::defaults(); "
                                      "tests/unit/test_security_doc.cpp checks it) -->");
const QString kEnd = QStringLiteral("<!-- permission-matrix:end -->");

QString generatedTable()
{
    const PermissionMatrix matrix = PermissionMatrix::defaults();
    QStringList lines;
    QString header = QStringLiteral("| action | key |");
    QString rule = QStringLiteral("|---|---|");
    for (int r = 0; r < kRoleCount; ++r) {
        header += u' ' + roleKey(static_cast<Role>(r)) + QStringLiteral(" |");
        rule += QStringLiteral(":-:|");
    }
    lines << header << rule;
    for (int a = 0; a < kActionCount; ++a) {
        const Action action = static_cast<Action>(a);
        QString line = QStringLiteral("| %1 | `%2` |").arg(actionDisplayName(action), actionKey(action));
        for (int r = 0; r < kRoleCount; ++r)
            line += matrix.allows(static_cast<Role>(r), action) ? QStringLiteral(" yes |") : QStringLiteral(" - |");
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

TEST(SecurityDoc, thePermissionMatrixTableMatchesTheDefaults)
{
    QFile file(QStringLiteral(ARDESK_SOURCE_DIR "/docs/security.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << "docs/security.md is missing";
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype begin = text.indexOf(kBegin);
    const qsizetype end = text.indexOf(kEnd);
    ASSERT_GE(begin, 0) << "no begin marker; expected:\n" << kBegin.toStdString();
    ASSERT_GT(end, begin) << "no end marker after the begin marker";
    const QString documented = text.mid(begin + kBegin.size(), end - begin - kBegin.size()).trimmed();
    EXPECT_EQ(documented, generatedTable()) << "docs/security.md disagrees with PermissionMatrix::defaults(); "
                                               "the table from the code is:\n\n"
                                            << generatedTable().toStdString() << "\n";
}
