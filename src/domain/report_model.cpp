#include "report_model.h"

namespace ardesk {

QString reportCellText(const ReportValue &value, const ReportColumn &column)
{
    return std::visit(
            [&](const auto &v) -> QString {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    return {};
                else if constexpr (std::is_same_v<T, QString>)
                    return v;
                else if constexpr (std::is_same_v<T, QDate>)
                    return v.toString(Qt::ISODate);
                else if constexpr (std::is_same_v<T, Money>)
                    return v.toDecimalString();
                else if constexpr (std::is_same_v<T, qint64>)
                    return QString::number(v);
                else
                    return QString::number(v, 'f', column.decimals);
            },
            value);
}

} // namespace ardesk
