export { tagsModule } from './tags.module';
export type { TagLoaders } from './tag.loaders';
export type { TagService } from './tag.service';
