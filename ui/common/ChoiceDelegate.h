#pragma once

#include <QList>
#include <QStyledItemDelegate>

// Edits a column whose edit role holds an int by a combo box of labelled choices (a status, a check result).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        int value;
        QString label;
    };

    ChoiceDelegate(QList<Choice> choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<Choice> m_choices;
};
