package ui

import "renda/app/importer"

// Strings of the import page, the export buttons and the imported badge:
// every user-visible string of issue 5's interface, kept together so that
// they can move into the message catalogs as they are.
const (
	importNav          = "导入"
	importNavLatin     = "Import"
	importTitle        = "导入文档 · 人大 Renda"
	importHeading      = "导入自己的报道"
	importPrivacy      = "文件只在本机浏览器中读取和保存，不会上传到任何服务器；离线时同样可用。"
	importAccept       = "支持 .txt（UTF-8、UTF-16、GBK/GB18030）和 .html/.htm 网页，每个文件不超过 20 MB。"
	importDrop         = "把文件或文件夹拖到本页任意位置，或者："
	importPickFiles    = "选择文件"
	importPickFolder   = "选择文件夹"
	importPasteLabel   = "粘贴报道原文"
	importPasteButton  = "导入粘贴的文本"
	importPasteName    = "pasted.txt"
	importListing      = "正在读取文件列表…"
	importProgress     = "已处理 %d / %d 个文件"
	importProgressBar  = "导入进度"
	importCancel       = "取消"
	importReport       = "导入结果"
	importSummary      = "导入 %d 篇，重复 %d 篇，未导入 %d 个文件"
	importCanceledNote = "导入已取消，已导入的文档保留。"
	importColFile      = "文件"
	importColOutcome   = "结果"
	importMine         = "已导入的文档（%d 篇）"
	importNone         = "还没有导入文档。"
	importRemove       = "删除"
	importRemoveAll    = "全部删除"
	importConfirmAll   = "确定删除全部 %d 篇导入的文档吗？此操作无法撤销。"
	importConfirmYes   = "确定删除"
	importConfirmNo    = "取消"
	importStoreError   = "本机存储出错："
	importNotReady     = "正在加载数据，稍候即可导入。"
	importMore         = "还有 %d 篇未列出，可在搜索中查看。"
	importBadge        = "导入"
	importBadgeTitle   = "本机导入的文档"
	exportLabel        = "导出当前结果"
	exportCSV          = "导出 CSV"
	exportJSON         = "导出 JSON"
	exportDocJSON      = "导出 JSON"
	exportFailed       = "导出失败："
	docRemove          = "删除此导入文档"
	docRemoved         = "文档已删除。"
)

// outcomeLabel is the report's wording of an outcome.
func outcomeLabel(o importer.Outcome) string {
	switch o.Status {
	case importer.StatusImported:
		return "已导入"
	case importer.StatusDuplicate:
		return "重复，已有相同内容的文档"
	case importer.StatusCanceled:
		return "已取消，未处理"
	}
	switch o.Reason {
	case importer.ReasonNotText:
		return "不是文本文件"
	case importer.ReasonEncoding:
		return "无法识别的编码"
	case importer.ReasonTruncated:
		return "文本不完整（在字符中间截断）"
	case importer.ReasonEmpty:
		return "空文件"
	case importer.ReasonTooLarge:
		return "超过 20 MB 的大小限制"
	case importer.ReasonNoSession:
		return "未找到人代会会议信息"
	case importer.ReasonRead:
		return "无法读取文件"
	case importer.ReasonQuota:
		return "本机存储空间已满"
	case importer.ReasonStorage:
		return "无法保存到本机存储"
	case importer.ReasonCrash:
		return "解析出错"
	}
	return string(o.Reason)
}
