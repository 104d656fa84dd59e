#include "CenterInstitutionTableModel.h"

#include "CenterMonthTableModel.h"
#include "ItemRoles.h"
#include "reports/Jwk.h"

#include <QFontDatabase>
#include <QLocale>

CenterInstitutionTableModel::CenterInstitutionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CenterInstitutionTableModel::setInstitutions(QList<RegisteredInstitution> institutions)
{
    beginResetModel();
    m_institutions = std::move(institutions);
    endResetModel();
}

int CenterInstitutionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_institutions.size());
}

int CenterInstitutionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CenterInstitutionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RegisteredInstitution& institution = m_institutions.at(index.row());
    // Fingerprints are compared character by character over the phone: 0 and O, l and 1 must differ.
    if (role == Qt::FontRole && index.column() == KeysColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case TypeColumn:
            return institution.type;
        case KeysColumn:
            return institution.thumbprints;
        case RegisteredColumn:
            return institution.registeredAt;
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case NameColumn:
        return institution.name;
    case CreditCodeColumn:
        return institution.creditCode;
    case CountyColumn:
        return institution.county;
    case TypeColumn:
        // Known once the institution's first report came in.
        return institution.type.isEmpty() ? QString() : CenterMonthTableModel::typeText(institution.type);
    case KeysColumn: {
        QStringList grouped;
        for (const QString& thumbprint : institution.thumbprints)
            grouped << Jwk::grouped(thumbprint);
        return grouped.join(u'\n');
    }
    case RegisteredColumn:
        return QLocale().toString(institution.registeredAt, QLocale::ShortFormat);
    case RegisteredByColumn:
        return institution.registeredBy;
    }
    return {};
}

QVariant CenterInstitutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Institution");
    case CreditCodeColumn:
        return tr("Credit code");
    case CountyColumn:
        return tr("County");
    case TypeColumn:
        return tr("Type");
    case KeysColumn:
        return tr("Key fingerprints");
    case RegisteredColumn:
        return tr("Registered");
    case RegisteredByColumn:
        return tr("By");
    }
    return {};
}
