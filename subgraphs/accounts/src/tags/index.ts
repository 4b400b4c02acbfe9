export { tagsModule } from './tags.module';
export type { TagLoaders } from './tag.loaders';
export type { TagRow, TagService } from './tag.service';
export { TAG_MAX_LENGTH } from './tag.inputs';
